"""Kill CouncilDesk at every write it makes to disk, and check the file after each kill.

For each scenario (``init``, ``demo``, a protocol import, the upgrade of every frozen old
database in tests/fixtures/databases, a backup, and a restore of a current and of an old
backup), a first run under strace lists every system call that
changes a file or reports to the clerk (write, pwrite64, fsync, rename, link, unlink, ...). Then
the scenario runs again once per listed call, and strace's fault injection kills the process
with SIGKILL as it enters that call. After every kill the database must be absent (only where
there was none before) or open, pass ``councildesk check``'s checks of the file (integrity,
foreign keys, the full-text index), and hold every change whose success was printed; a
half-finished change must never be visible, and every safety copy and backup must be a whole
database.

The commands run in children forked from this process (which has already imported CouncilDesk)
and stopped until strace has attached, so each kill costs a fraction of a second.

    python tests/crash/kill_at_every_write.py [--step N] [--jobs J] [SCENARIO ...]

``--step N`` kills at every Nth write only (quick runs); the default is every write.
``--random N`` kills at N writes drawn at random from all the scenarios' writes (``--seed S``
repeats a draw). Exit status 0 when every kill left a good file, 1 otherwise. Needs Linux and
strace.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from councildesk import cli
from councildesk.db.open import open_database
from councildesk.services import groups, protocols

try:
    from tests.crash import file_states as states
except ModuleNotFoundError:  # run as a script: its own folder is on the path, not the top
    import file_states as states  # type: ignore[import-not-found, no-redef]

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "fixtures"
PROTOCOL = FIXTURES / "protocols" / "lowestoft-town-council.txt"
WRITES = (
    "write,pwrite64,pwritev,pwritev2,writev,fsync,fdatasync,ftruncate,rename,renameat,"
    "renameat2,link,linkat,unlink,unlinkat,mkdir,mkdirat,fchmod,chmod,fchmodat"
)
CALL = re.compile(r"^(\w+)\(")


@dataclass(frozen=True)
class Scenario:
    name: str
    argv: Callable[[Path], list[str]]  # given the database path
    start: Callable[[Path], None]  # lay down the starting state at the database path
    reported: str  # what stdout says once the change is saved
    check: Callable[[Path, bool], list[str]]  # given the path and whether success was reported
    may_vanish: bool = False  # there was no file before


@dataclass
class Outcome:
    scenario: str
    kills: int = 0
    reported: int = 0
    absent: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0


# --- what a good file looks like ------------------------------------------------------------
def check_init(path: Path, reported: bool) -> list[str]:
    return states.whole(path) + states.check_council(path, "Crash Test", 0)


def check_demo(path: Path, reported: bool) -> list[str]:
    return states.whole(path) + states.check_council(path, "Ashcombe Parva", 13)


def _clauses_in_full_import() -> int:
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "count.sqlite", create=True)
        try:
            with database.transaction() as session:
                version = protocols.import_file(session, PROTOCOL)
                return len(version.nodes)
        finally:
            database.close()


FULL_IMPORT: list[int] = []


def check_import(path: Path, reported: bool) -> list[str]:
    problems = states.whole(path)
    database = open_database(path)
    try:
        with database.session() as session:
            policies = protocols.list_policies(session)
            versions = [v for p in policies for v in p.versions]
            if reported and not versions:
                problems.append("the import was reported but is not in the file")
            if len(versions) > 1:
                problems.append(f"{len(versions)} versions after one import")
            if versions and len(versions[0].nodes) != FULL_IMPORT[0]:
                problems.append(f"half an import: {len(versions[0].nodes)} nodes")
    finally:
        database.close()
    return problems


def check_upgrade(frozen: Path) -> Callable[[Path, bool], list[str]]:
    # immutable: reading the fixture must not leave a -shm file beside it.
    frozen_uri = f"file:{frozen}?mode=ro&immutable=1"
    with contextlib.closing(sqlite3.connect(frozen_uri, uri=True)) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]

    def check(path: Path, reported: bool) -> list[str]:
        problems = states.whole(path)
        for copy in path.parent.glob(f"{path.stem}.before-upgrade-*"):
            problems += [f"safety copy {copy.name}: {p}" for p in states.whole(copy)]
            with contextlib.closing(sqlite3.connect(copy)) as connection:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None or row[0] != revision:
                problems.append(f"safety copy {copy.name} is at {row}, not {revision}")
        problems += states.check_council(path, "Ashcombe Parva", 13)
        database = open_database(path)
        try:
            with database.session() as session:
                names = {g.name for g in groups.list_groups(session)}
        finally:
            database.close()
        if reported and "Crash Group" not in names:
            problems.append("the group was reported as added but is not in the file")
        return problems

    return check


def _start_empty(path: Path) -> None:
    return None


def _start_frozen(frozen: Path) -> Callable[[Path], None]:
    def start(path: Path) -> None:
        shutil.copyfile(frozen, path)
        path.chmod(0o600)

    return start


def scenarios() -> dict[str, Scenario]:
    found = {
        "init": Scenario(
            "init",
            lambda db: ["--db", str(db), "init", "--council", "Crash Test"],
            _start_empty,
            "Created ",
            check_init,
            may_vanish=True,
        ),
        "demo": Scenario(
            "demo",
            lambda db: ["--db", str(db), "demo"],
            _start_empty,
            "Sample council written",
            check_demo,
            may_vanish=True,
        ),
        "import": Scenario(
            "import",
            lambda db: ["--db", str(db), "protocol", "import", str(PROTOCOL)],
            states.start_council,
            "Imported ",
            check_import,
        ),
    }
    oldest = sorted((FIXTURES / "databases").glob("revision-*.sqlite"))[0]
    found["backup"] = Scenario(
        "backup",
        lambda db: ["--db", str(db), "backup"],
        states.start_with_backup,
        "Backed up to ",
        states.check_backup,
    )
    found["restore"] = Scenario(
        "restore",
        lambda db: ["--db", str(db), "restore", str(states.backup_file(db))],
        states.start_for_restore(states.sample_backup),
        "Restored ",
        states.check_restore("Ashcombe Parva"),
    )
    found["restore-old"] = Scenario(
        "restore-old",
        lambda db: ["--db", str(db), "restore", str(states.backup_file(db))],
        states.start_for_restore(lambda: oldest),
        "Restored ",
        states.check_restore("Ashcombe Parva"),
    )
    for frozen in sorted((FIXTURES / "databases").glob("revision-*.sqlite")):
        name = f"upgrade-{frozen.stem.removeprefix('revision-')}"
        found[name] = Scenario(
            name,
            lambda db: ["--db", str(db), "groups", "add", "Crash Group"],
            _start_frozen(frozen),
            "Added political group",
            check_upgrade(frozen),
        )
    return found


# --- running a command under strace ---------------------------------------------------------
def _traced_run(argv: list[str], home: Path, strace_args: list[str]) -> tuple[int, str]:
    """Fork a child that runs the CLI, stopped until strace has attached; (status, stdout)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: the clerk's command
        os.close(read_end)
        os.dup2(write_end, 1)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.environ.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"))
        os.kill(os.getpid(), signal.SIGSTOP)
        code = 1
        try:
            code = cli.main(argv)
            sys.stdout.flush()
        finally:
            os._exit(code)
    os.close(write_end)
    os.waitpid(pid, os.WUNTRACED)
    tracer = subprocess.Popen(
        ["strace", "-qq", "-p", str(pid), *strace_args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while _tracer_of(pid) == 0 and time.monotonic() < deadline:
        time.sleep(0.002)
    if _tracer_of(pid) == 0:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        tracer.kill()
        raise SystemExit("kill_at_every_write: strace could not attach (is ptrace allowed here?)")
    os.kill(pid, signal.SIGCONT)
    with os.fdopen(read_end, "r", encoding="utf-8", errors="replace") as out:
        printed = out.read()
    _, status = os.waitpid(pid, 0)
    tracer.wait(timeout=60)
    return status, printed


def _tracer_of(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("TracerPid:"):
            return int(line.split()[1])
    return 0


def write_calls(scenario: Scenario, work: Path) -> list[tuple[str, int]]:
    """Every write-like call of one undisturbed run: (name, its number among calls so named)."""
    db = _fresh(scenario, work)
    log = work / "strace.log"
    status, printed = _traced_run(
        scenario.argv(db), work, ["-e", f"trace={WRITES}", "-o", str(log)]
    )
    if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0 or scenario.reported not in printed:
        raise SystemExit(f"{scenario.name}: the undisturbed run failed: {printed!r}")
    counts: dict[str, int] = {}
    calls = []
    for line in log.read_text().splitlines():
        match = CALL.match(line)
        if match:
            name = match.group(1)
            counts[name] = counts.get(name, 0) + 1
            calls.append((name, counts[name]))
    return calls


def _fresh(scenario: Scenario, work: Path) -> Path:
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    db = work / "council.sqlite"
    scenario.start(db)
    return db


def kill_once(
    scenario: Scenario, work: Path, call: tuple[str, int]
) -> tuple[bool, bool, list[str]]:
    """Run once, killed as it enters ``call``; return (reported, absent, problems)."""
    db = _fresh(scenario, work)
    name, number = call
    inject = f"inject={name}:signal=SIGKILL:when={number}"
    status, printed = _traced_run(scenario.argv(db), work, ["-e", f"trace={name}", "-e", inject])
    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    reported = scenario.reported in printed
    where = f"{scenario.name} killed at {name} #{number}"
    problems = [] if killed else [f"{where}: the process was not killed (status {status})"]
    if not db.exists():
        if not scenario.may_vanish:
            problems.append(f"{where}: the database file is gone")
        elif reported:
            problems.append(f"{where}: success was reported but there is no file")
        else:
            problems += [f"{where}, then again: {p}" for p in _recreates(scenario, work)]
        return reported, True, problems
    try:
        problems += [f"{where}: {p}" for p in scenario.check(db, reported)]
    except Exception as error:  # any failure to open is what this test exists to find
        problems.append(f"{where}: {type(error).__name__}: {error}")
    return reported, False, problems


def _recreates(scenario: Scenario, work: Path) -> list[str]:
    """After a killed creation left no file, the same command must work, despite any leftovers."""
    db = work / "council.sqlite"
    status, printed = _traced_run(scenario.argv(db), work, ["-e", "trace=none"])
    if os.WEXITSTATUS(status) != 0 or scenario.reported not in printed:
        return [f"the command failed afterwards: {printed!r}"]
    return scenario.check(db, True)


def _run_points(args: tuple[str, str, list[tuple[str, int]]]) -> Outcome:
    name, root, calls = args
    scenario = scenarios()[name]
    outcome = Outcome(name)
    work = Path(root) / f"{name}-{os.getpid()}"
    for call in calls:
        reported, absent, problems = kill_once(scenario, work, call)
        outcome.kills += 1
        outcome.reported += reported
        outcome.absent += absent
        outcome.problems += problems
    shutil.rmtree(work, ignore_errors=True)
    return outcome


def _kill_at(
    root: str, jobs: int, name: str, calls: list[tuple[str, int]], total_writes: int
) -> Outcome:
    started = time.monotonic()
    chunks = [(name, root, calls[i::jobs]) for i in range(jobs)]
    with multiprocessing.Pool(jobs) as pool:
        parts = pool.map(_run_points, chunks)
    total = Outcome(name, seconds=time.monotonic() - started)
    for part in parts:
        total.kills += part.kills
        total.reported += part.reported
        total.absent += part.absent
        total.problems += part.problems
    total.problems.sort()
    print(
        f"{name}: {total_writes} writes, killed at {total.kills}: "
        f"{total.reported} after success was reported, {total.absent} left no file, "
        f"{len(total.problems)} problems ({total.seconds:.0f} s)",
        flush=True,
    )
    for problem in total.problems[:20]:
        print(f"  {problem}", flush=True)
    return total


def run(names: list[str], step: int, jobs: int, draws: int = 0, seed: int = 0) -> list[Outcome]:
    """Kill at every ``step``th write of each scenario, or at ``draws`` writes drawn at random
    from all of them."""
    FULL_IMPORT.append(_clauses_in_full_import())
    known = scenarios()
    outcomes = []
    with tempfile.TemporaryDirectory(prefix="councildesk-crash-") as root:
        every = {name: write_calls(known[name], Path(root) / f"{name}-dry") for name in names}
        if draws:
            pool = [(name, call) for name in names for call in every[name]]
            drawn = random.Random(seed).sample(pool, min(draws, len(pool)))
            print(f"{len(drawn)} kills at random among {len(pool)} writes (seed {seed})")
            for name in names:
                mine = [call for who, call in drawn if who == name]
                if mine:
                    outcomes.append(_kill_at(root, jobs, name, mine, len(every[name])))
            killed = sum(o.kills for o in outcomes)
            reported = sum(o.reported for o in outcomes)
            problems = sum(len(o.problems) for o in outcomes)
            print(
                f"random: {killed} kills, {reported} after success was reported, "
                f"{problems} problems",
                flush=True,
            )
            return outcomes
        for name in names:
            calls = every[name]
            chosen = calls[step - 1 :: step] if step > 1 else calls
            outcomes.append(_kill_at(root, jobs, name, chosen, len(calls)))
    return outcomes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenarios", nargs="*", metavar="SCENARIO", help=", ".join(scenarios()))
    parser.add_argument("--step", type=int, default=1, help="kill at every Nth write only")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--random", type=int, default=0, metavar="N", help="N kills at random")
    parser.add_argument("--seed", type=int, default=0, help="the random draw to make")
    args = parser.parse_args(argv)
    if shutil.which("strace") is None:
        print("kill_at_every_write: strace is not installed", file=sys.stderr)
        return 2
    names = args.scenarios or list(scenarios())
    outcomes = run(names, max(1, args.step), max(1, args.jobs), args.random, args.seed)
    return 0 if all(not o.problems for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
