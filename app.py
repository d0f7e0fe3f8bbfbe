"""Inkturn: a multi-turn drawing studio. The only entry point.

    python app.py                       serve the studio on 127.0.0.1:7860
    python app.py replay SCRIPT.json --out DIR [--seed N]
                                        play a dialogue headlessly (evaluations use this)

Every setting is a flag here and an INKTURN_* environment variable (README).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from core.settings import BUNDLED_MODEL_DIR, Settings, SettingsError, add_settings_arguments, settings_from

log = logging.getLogger("inkturn")


def build_painter(settings: Settings):
    """The painter, in this process or as drawing workers on a Ray Serve cluster."""
    from core.painter_spec import PainterSpec

    source = settings.model_path
    kind = "random" if not source else "bundled" if Path(source).resolve() == BUNDLED_MODEL_DIR else "external"
    spec = PainterSpec(
        source, kind, device=settings.device, dtype=settings.dtype, offload=settings.offload, compile=settings.compile
    )
    if settings.painter == "ray":
        from core.ray_painter import RayPainter

        painter = RayPainter.connect(
            spec,
            address=settings.ray_address,
            replicas=settings.ray_replicas,
            max_replicas=settings.ray_max_replicas,
            gpus_per_replica=settings.ray_gpus,
            cpus_per_replica=settings.ray_cpus,
        )
    else:
        painter = spec.load()
    (log.warning if painter.info.kind == "random" else log.info)("model: %s", painter.info.label)
    return painter


def build_engine(settings: Settings):
    """Loads the model once, opens the store (running migrations) and wires the engine."""
    from core.consistency import ConsistencyConfig
    from core.engine import Engine, EngineLimits, SessionDefaults
    from core.rewriter.factory import build_rewriter
    from sessions.store import Store

    check_data_dir(settings.data_dir)
    store = Store.open(settings.resolved_database_url, settings.data_dir, files=settings.store)
    painter = build_painter(settings)
    return Engine(
        painter,
        # The bundled model draws only the shapes world: the composer says so for anything else.
        build_rewriter(settings, world="shapes" if painter.info.kind in ("bundled", "random") else "open"),
        store,
        limits=EngineLimits(max_message_chars=settings.max_message_chars, history_turns=settings.history_turns),
        defaults=SessionDefaults(
            steps=settings.steps or painter.info.default_steps,
            guidance=settings.guidance or painter.info.default_guidance,
            width=settings.width,
            height=settings.height,
            seed=settings.seed,
        ),
        consistency=ConsistencyConfig.from_settings(settings),
    )


class StartupError(RuntimeError):
    """A reason the app cannot start, in one line for the person who started it."""


def check_data_dir(data_dir: Path) -> None:
    """The data folder must exist and take new files; say so plainly if it does not."""
    probe = Path(data_dir) / f".inkturn-write-check-{os.getpid()}"
    try:
        Path(data_dir).mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise StartupError(
            f"the data folder {data_dir} cannot be written ({exc.strerror or exc}); "
            "choose another with --data-dir or fix its permissions"
        ) from None


def serve(settings: Settings) -> None:
    from ui.studio import build_ui, launch

    engine = build_engine(settings)
    demo = build_ui(engine, settings)
    launch(demo, engine, settings)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="app.py", description="Inkturn: a multi-turn drawing studio.")
    add_settings_arguments(parser)
    if argv[:1] == ["replay"]:
        parser.prog = "app.py replay"
        parser.add_argument("script", type=Path, help='JSON: {"turns": ["message", ...], "seed": 123}')
        parser.add_argument("--out", type=Path, required=True, help="folder for turn-NN.png/json and session.json")
        args = parser.parse_args(argv[1:])
    else:
        args = parser.parse_args(argv)
    try:
        settings = settings_from({k: v for k, v in vars(args).items() if k in Settings.model_fields}, os.environ)
    except SettingsError as exc:
        print(f"inkturn: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not settings.analytics:  # before Gradio is imported: it reads this once
        os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    try:
        check_data_dir(settings.data_dir)  # before the heavy imports: a bad folder is said at once
        if argv[:1] == ["replay"]:
            from core.replay import ReplayError, replay

            try:
                # --seed on the command line beats the script's seed, which beats INKTURN_SEED.
                replay(build_engine(settings), args.script, args.out, seed_flag=args.seed, seed_default=settings.seed)
            except ReplayError as exc:
                print(f"inkturn replay: {exc}", file=sys.stderr)
                return 2
            return 0
        serve(settings)
    except StartupError as exc:
        print(f"inkturn: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
