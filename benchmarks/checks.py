"""Where the decode time goes: the library's invariants, against the checks of the lean peer.

Usage: ``python benchmarks/checks.py [--json] [--quick]`` (needs the ``bench`` extra).

Decodes the reference case (see ``reference.py``) four ways, each in a process of its own, the
processes taking turns round after round; each figure is the median over the rounds of the mean
time per decode:

- ``familyviolence``: the library as it is, every check made;
- ``familyviolence_peer_checks``: the library's fast path with its builders made without the
  models' validators and post-init checks, but for those the lean pydantic peer makes too:
  non-empty ids and identity numbers (the peer's references to persons, a few dict look-ups,
  are left out). No user can decode this way; it tells what the invariants the lean peer does
  not check cost;
- ``pydantic_lean``: the lean pydantic peer of ``run.py`` (``peers.py``), with its checks;
- ``pydantic_shape_only``: the same peer without its checks.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

VARIANTS = (
    "familyviolence",
    "familyviolence_peer_checks",
    "pydantic_lean",
    "pydantic_shape_only",
)


def _decoder(variant: str) -> Callable[[], object]:
    """A function decoding the reference document the way ``variant`` says."""
    sys.path.insert(0, str(Path(__file__).parent))
    import peers  # noqa: PLC0415 - a child process imports what its variant needs
    from reference import reference_case  # noqa: PLC0415

    import familyviolence.codec._fast as fastpath  # noqa: PLC0415
    from familyviolence import Case, IdentityNumber, to_json  # noqa: PLC0415
    from familyviolence._validators import non_empty_id  # noqa: PLC0415
    from familyviolence.codec import SCHEMA_VERSION  # noqa: PLC0415

    document = to_json(reference_case())
    if variant == "familyviolence_peer_checks":
        # Builders are generated when first needed: make them without the other checks.
        validators = fastpath._validators  # noqa: SLF001

        def only_ids(field: Any) -> list[Any]:  # noqa: ANN401 - any attrs field
            return [check for check in validators(field) if check is non_empty_id]

        fastpath._validators = only_ids  # noqa: SLF001
        make = fastpath._direct_builder  # noqa: SLF001

        def without_post_init(cls: type) -> Any:  # noqa: ANN401 - a builder
            post_init = cls.__dict__.get("__attrs_post_init__")
            if post_init is None or cls is IdentityNumber:
                return make(cls)
            delattr(cls, "__attrs_post_init__")
            try:
                return make(cls)
            finally:
                cls.__attrs_post_init__ = post_init  # type: ignore[attr-defined]

        fastpath._direct_builder = without_post_init  # noqa: SLF001
    if variant.startswith("familyviolence"):
        decode = fastpath.fast_decoder(Case, SCHEMA_VERSION)
        return lambda: decode(document)
    if variant == "pydantic_shape_only":
        peers._VALIDATORS.clear()  # noqa: SLF001
    model = peers.pydantic_model(Case, document=True)
    return lambda: model.model_validate_json(document)


def _child(variant: str, repeat: int) -> None:
    decode = _decoder(variant)
    decode()
    start = time.perf_counter()
    for _ in range(repeat):
        decode()
    print((time.perf_counter() - start) / repeat * 1e6)


def measure(rounds: int, repeat: int) -> dict[str, float]:
    """Median microseconds per decode of the reference case, for each variant."""
    samples: dict[str, list[float]] = {v: [] for v in VARIANTS}
    for _ in range(rounds):
        for variant in VARIANTS:
            out = subprocess.run(  # noqa: S603 - our own interpreter and script
                [sys.executable, __file__, "--child", variant, str(repeat)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            samples[variant].append(float(out))
    return {v: round(statistics.median(times), 1) for v, times in samples.items()}


def main(argv: list[str] | None = None) -> int:
    """Run the measurement and print a report (or one JSON object with ``--json``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--quick", action="store_true", help="fewer rounds, for a smoke test")
    parser.add_argument("--child", nargs=2, metavar=("VARIANT", "REPEAT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child[0], int(args.child[1]))
        return 0
    rounds, repeat = (1, 20) if args.quick else (7, 1500)
    medians = measure(rounds, repeat)
    report = {
        "microseconds": medians,
        "invariants_share": round(
            1 - medians["familyviolence_peer_checks"] / medians["familyviolence"], 3
        ),
        "peer_checks_vs_pydantic_lean": round(
            medians["familyviolence_peer_checks"] / medians["pydantic_lean"], 3
        ),
    }
    print(json.dumps(report, indent=None if args.json else 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
