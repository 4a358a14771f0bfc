"""Detectors: small classes behind one interface, each declaring the labels it can emit."""
