"""Build randomly initialised Detoxify checkpoints for benchmarks and tests, fully offline.

`kindly bench` measures how long the Detoxify backend takes per message. Inference cost depends
on the architecture (layers, widths, vocabulary, sequence length), not on the values of the
weights, so a seeded random model with bert-base-uncased's dimensions costs the same as
Detoxify's `original` model and needs no download. The "tiny" size exists for tests.

The files follow Detoxify's own checkpoint format: a `torch.save`d dict with
`config.arch.args` (model_type, model_name, tokenizer_name, num_classes),
`config.dataset.args.classes` and `state_dict`, next to a folder holding the Hugging Face
`config.json` and tokenizer files. `model_type` is the absolute path of that folder because
Detoxify looks `model_type` up with `from_pretrained` even when it is given
`huggingface_config_path`; a local folder keeps that lookup off the network.
"""

import json
import logging
import string
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

logger = logging.getLogger(__name__)

CheckpointSize = Literal["tiny", "base"]

# Label names of Detoxify's "original" model (Jigsaw Toxic Comment Classification Challenge),
# as stored in its checkpoint; Detoxify renames them to toxicity, identity_attack, ... on load.
ORIGINAL_CLASSES: tuple[str, ...] = ("toxic", "severe_toxic", "obscene", "threat", "insult",
                                     "identity_hate")
SEED = 1234
BERT_BASE_VOCAB_SIZE = 30522
MAX_POSITIONS = 512
_FORMAT_VERSION = 1
_STAMP_FILE = "kindly-random-checkpoint.json"
_SPECIAL_TOKENS = ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")

# Frequent words in parent-group chats, so typical messages tokenise into whole words as they
# would with bert-base-uncased's vocabulary; anything else falls back to letter pieces.
_COMMON_WORDS = """
a about after again all also am an and any are as ask at away back be because been before
being best both but by can cannot class could day days did do does done dont down each
early end even every first for from get give go going good got great had has have he
hello help her here hi him his home how i if in into is it its just know last late let
like look lot love made make many may me more morning most much must my need never new
next night no not now of off oh ok okay on once one only or other our out over people
please put really right said same say school see she should so some soon still such
sure take teacher teachers tell than thank thanks that the their them then there these
they thing things think this those time to today told tomorrow too trip two up us very
want was way we week weekend well were what when where which who why will with would yes
yet you your child children kids kid son daughter mum mums dad dads parent parents
class classes year reception nursery homework uniform lunch lunches club clubs pick drop
gate playground pe kit book books reading bag coat shoes term half holiday holidays
party parties birthday invite present money pay paid cost trip form letter email office
head deputy staff assembly sports music play nativity fair cake bake sale friday monday
tuesday wednesday thursday saturday sunday january february march april june july
august september october november december sorry again anyone anybody someone something
everyone nothing does doesnt didnt isnt wasnt cant wont im ive youre theyre hes shes
lost found blue red green black white jumper cardigan water bottle label named sick ill
unwell doctor nurse note reminder meeting evening afternoon pm am time times pickup
group chat message messages post posted reply please thankyou thx lol xx x
""".split()


@dataclass(frozen=True)
class _Dims:
    """The transformer dimensions of one checkpoint size."""

    layers: int
    hidden: int
    heads: int
    intermediate: int
    initializer_range: float


# "base" matches bert-base-uncased. "tiny" uses a wide initialiser so that different texts get
# clearly different random scores, which lets tests check ordering.
_DIMS: dict[str, _Dims] = {
    "base": _Dims(layers=12, hidden=768, heads=12, intermediate=3072, initializer_range=0.02),
    "tiny": _Dims(layers=2, hidden=32, heads=2, intermediate=64, initializer_range=0.5),
}


def wordpiece_vocab(size: CheckpointSize) -> list[str]:
    """Build a WordPiece vocabulary without downloading one.

    Args:
        size: "base" pads to bert-base-uncased's 30,522 entries with letter bigrams and
            trigrams and `[unusedN]` slots; "tiny" keeps characters and common words only.

    Returns:
        The tokens in id order, special tokens first, without duplicates.
    """
    chars = list(string.ascii_lowercase + string.digits + string.punctuation) + ["£", "€"]
    tokens = [*_SPECIAL_TOKENS, *chars, *(f"##{c}" for c in chars), *_COMMON_WORDS]
    if size == "base":
        letters = string.ascii_lowercase
        bigrams = [a + b for a in letters for b in letters]
        tokens += bigrams
        tokens += [f"##{b}" for b in bigrams]
        tokens += [f"##{a}{b}{c}" for a in letters for b in letters for c in letters]
    unique = list(dict.fromkeys(tokens))
    if size == "base":
        if len(unique) > BERT_BASE_VOCAB_SIZE:
            raise ValueError(f"generated vocabulary has {len(unique)} tokens, more than "
                             f"{BERT_BASE_VOCAB_SIZE}")
        unique += [f"[unused{i}]" for i in range(BERT_BASE_VOCAB_SIZE - len(unique))]
    return unique


def _paths(folder: Path, size: CheckpointSize) -> tuple[Path, Path]:
    """Where the checkpoint file and the config folder of one size live inside `folder`."""
    return folder / f"kindly-random-bert-{size}.ckpt", folder / f"kindly-random-bert-{size}-config"


def build_random_checkpoint(folder: Path, size: CheckpointSize,
                            rebuild: bool = False) -> tuple[Path, Path]:
    """Write a seeded, randomly initialised BERT classifier in Detoxify's checkpoint format.

    Loads offline with `detoxify.Detoxify(checkpoint=..., huggingface_config_path=...)` and with
    `bot.scorers.DetoxifyScorer(checkpoint=..., config_dir=...)`. The same size always produces
    the same weights. Existing files written by the same version of this function are reused
    unless `rebuild` is true.

    Args:
        folder: Where to write; created if missing. Keep the files together: the checkpoint
            names the config folder by its absolute path.
        size: "base" for bert-base-uncased dimensions (about 110M parameters, 440 MB on disk),
            "tiny" (2 layers, hidden 32) for tests.
        rebuild: Write the files even when a matching earlier build is present.

    Returns:
        (checkpoint_path, config_dir).

    Raises:
        ValueError: `size` is not "tiny" or "base".
    """
    if size not in _DIMS:
        raise ValueError(f"size must be 'tiny' or 'base', got {size!r}")
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizer

    folder = folder.resolve()
    checkpoint_path, config_dir = _paths(folder, size)
    dims = _DIMS[size]
    stamp = {"format": _FORMAT_VERSION, "seed": SEED, "size": size, **asdict(dims)}
    stamp_path = config_dir / _STAMP_FILE
    if (not rebuild and checkpoint_path.is_file() and stamp_path.is_file()
            and json.loads(stamp_path.read_text(encoding="utf-8")) == stamp):
        logger.info("Reusing random %s checkpoint at %s", size, checkpoint_path)
        return checkpoint_path, config_dir

    config_dir.mkdir(parents=True, exist_ok=True)
    vocab = wordpiece_vocab(size)
    vocab_path = config_dir / "vocab.txt"
    vocab_path.write_text("\n".join(vocab) + "\n", encoding="utf-8")
    # Positional: transformers 4 calls this argument vocab_file, transformers 5 calls it vocab.
    tokenizer = BertTokenizer(str(vocab_path), do_lower_case=True,
                              model_max_length=MAX_POSITIONS)
    tokenizer.save_pretrained(config_dir)

    config = BertConfig(vocab_size=len(vocab), hidden_size=dims.hidden,
                        num_hidden_layers=dims.layers, num_attention_heads=dims.heads,
                        intermediate_size=dims.intermediate,
                        max_position_embeddings=MAX_POSITIONS,
                        initializer_range=dims.initializer_range,
                        num_labels=len(ORIGINAL_CLASSES))
    config.save_pretrained(config_dir)
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(SEED)
        model = BertForSequenceClassification(config)
    state_dict = {name: tensor.contiguous() for name, tensor in model.state_dict().items()}

    checkpoint = {
        "name": f"kindly-random-bert-{size}",
        "config": {
            "arch": {"type": "BERT", "args": {
                "model_type": str(config_dir),
                "model_name": "BertForSequenceClassification",
                "tokenizer_name": "BertTokenizer",
                "num_classes": len(ORIGINAL_CLASSES),
            }},
            "dataset": {"type": "JigsawDataOriginal",
                        "args": {"classes": list(ORIGINAL_CLASSES)}},
        },
        "state_dict": state_dict,
    }
    torch.save(checkpoint, checkpoint_path)
    stamp_path.write_text(json.dumps(stamp), encoding="utf-8")
    logger.info("Wrote random %s checkpoint (%d parameters) to %s", size,
                sum(p.numel() for p in model.parameters()), checkpoint_path)
    return checkpoint_path, config_dir
