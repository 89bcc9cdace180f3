"""`councildesk reminders --notify` with nothing due, beside `python -c "import sqlalchemy.orm"`.

It runs at every log-in, so it should cost little more than loading SQLAlchemy's ORM at all
(the goal: within 1.3 times). The database is the large demo council with every reminder
acknowledged, so nothing is due; the acknowledgements' commit leaves the reminder horizon (the
first day a reminder falls) that the agent reads instead of working out the whole schedule.
The two commands run in turn, A B A B, and the ratio is taken pair by pair so a machine that
speeds up or slows down mid-run does not skew it.

    python tests/benchmarks/bench_reminders.py [RUNS]
"""

from __future__ import annotations

import datetime as dt
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere
from councildesk.services import demo, reminders
from councildesk.services.database import open_database
from tests.benchmarks.as_installed import compile_package


def build(path: Path) -> None:
    today = dt.date.today()
    demo.make_sample_file(path, today, "large")
    db = open_database(path)
    try:
        with db.transaction() as session:
            for notice in reminders.notices(session, today):
                reminders.acknowledge(session, notice, today)
    finally:
        db.close()


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> int:
    compile_package()
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.sqlite"
        build(path)
        agent = [sys.executable, "-m", "councildesk", "reminders", "--notify", "--db", str(path)]
        floor = [sys.executable, "-c", "import sqlalchemy.orm"]
        out = subprocess.run(agent, check=True, capture_output=True, text=True).stdout.strip()
        assert out == "Nothing is due.", out
        timed(agent), timed(floor)  # warm the disk cache
        pairs = [(timed(agent), timed(floor)) for _ in range(runs)]
    agent_times = [a for a, _ in pairs]
    floor_times = [b for _, b in pairs]
    ratios = [a / b for a, b in pairs]
    print(f"reminders --notify, nothing due: median {statistics.median(agent_times) * 1000:.0f} ms")
    print(f"import sqlalchemy.orm:           median {statistics.median(floor_times) * 1000:.0f} ms")
    print(f"ratio (pair by pair): median {statistics.median(ratios):.2f}, max {max(ratios):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
