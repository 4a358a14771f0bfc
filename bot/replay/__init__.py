"""Replay exported chat histories (WhatsApp .txt, Telegram Desktop JSON) through the code.

`kindly replay` reads an export as a stream (`sources`, `whatsapp`, `telegram`), turns each
user message into `rules.message.Message`, scores batches with the school's engine
(`scoring`), follows each member's breaches up the school's ladder (`ladder`) and writes a
report for the headteacher (`report_builder`, `html_report`, `exports`) that shows only the
flagged messages.
"""
