#!/usr/bin/env python3
"""Runs a composite GitHub Action (action.yml) the way the runner does, for the tests, with what canvas's action uses.

Usage: action_runner.py ACTION_DIR WITH_YAML
  ACTION_DIR  the action's checkout (holds action.yml); it is the step's GITHUB_ACTION_PATH
  WITH_YAML   the step's 'with:' mapping, as YAML ('{}' for none); ${{ runner.temp }} in it is evaluated
Reads RUNNER_TEMP, GITHUB_STEP_SUMMARY and GITHUB_WORKSPACE (the working directory) from the environment, like a
runner's; sets GITHUB_OUTPUT per step, and passes RUNNER_OS, RUNNER_ARCH and the rest of the environment through.
An input the action does not declare, a required input not given, or an expression this runner does not know is an
error (exit 3), as on GitHub. Prints the action's outputs as NAME=VALUE lines on file descriptor 3 if it is open,
and exits with the exit code of the step that failed (0 if none did).
"""
import os
import re
import subprocess
import sys
import tempfile

import yaml

EXPR = re.compile(r"\$\{\{\s*([^}]*?)\s*\}\}")


def evaluate(text, context):
    def one(m):
        key = m.group(1)
        if key not in context:
            print(f"action_runner: unknown expression '{key}'", file=sys.stderr)
            sys.exit(3)
        return context[key]
    return EXPR.sub(one, str(text))


def main():
    action_dir, with_yaml = sys.argv[1], sys.argv[2]
    with open(os.path.join(action_dir, "action.yml"), encoding="utf-8") as f:
        action = yaml.safe_load(f)
    given = yaml.safe_load(with_yaml) or {}
    temp = os.environ["RUNNER_TEMP"]
    base = {"runner.temp": temp, "github.workspace": os.getcwd(), "github.action_path": action_dir,
            # empty in composite actions' steps on GitHub too (actions/runner#2473): the script must not need it
            "github.action_repository": "", "github.action_ref": ""}
    declared = action.get("inputs", {})
    for name in given:
        if name not in declared:
            print(f"action_runner: unexpected input '{name}'", file=sys.stderr)
            sys.exit(3)
    inputs = {}
    for name, spec in declared.items():
        if name in given:
            inputs[name] = evaluate(given[name], base)
        elif spec.get("required") and "default" not in spec:
            print(f"action_runner: input '{name}' is required", file=sys.stderr)
            sys.exit(3)
        else:
            inputs[name] = evaluate(spec.get("default", ""), base)
    assert action["runs"]["using"] == "composite", "only composite actions"

    context = dict(base)
    context.update({f"inputs.{k}": v for k, v in inputs.items()})
    failed = 0
    for step in action["runs"]["steps"]:
        if failed:
            break
        assert "run" in step and step.get("shell") == "bash", "only bash run steps"
        env = dict(os.environ)
        env.update({k: evaluate(v, context) for k, v in (step.get("env") or {}).items()})
        env["GITHUB_ACTION_PATH"] = action_dir
        fd, output = tempfile.mkstemp(prefix="github_output.", dir=temp)
        os.close(fd)
        env["GITHUB_OUTPUT"] = output
        with tempfile.NamedTemporaryFile("w", suffix=".sh", dir=temp, delete=False) as script:
            script.write(evaluate(step["run"], context))
        # the runner's 'shell: bash'
        failed = subprocess.call(["bash", "--noprofile", "--norc", "-eo", "pipefail", script.name], env=env)
        with open(output, encoding="utf-8") as f:
            for line in f.read().splitlines():
                if "=" in line:
                    k, v = line.split("=", 1)
                    context[f"steps.{step.get('id', '')}.outputs.{k}"] = v
    try:
        out = os.fdopen(3, "w")
    except OSError:
        out = None
    if out:
        for name, spec in (action.get("outputs") or {}).items():
            value = EXPR.sub(lambda m: context.get(m.group(1), ""), str(spec["value"]))
            out.write(f"{name}={value}\n")
        out.close()
    sys.exit(failed)


if __name__ == "__main__":
    main()
