"""Runs a zhtext pipeline over a folder of documents with Spark, one tool process per partition.

usage: spark-job.py [--partitions N] BIN_DIR INPUT_DIR OUTPUT_DIR TOOL [ARGUMENTS...]

Each partition's documents go to one run of `TOOL -z ARGUMENTS...` (from BIN_DIR, with an
explicit environment), separated by NUL; the tool's output is split back into one result per
document and written to OUTPUT_DIR under the document's path relative to INPUT_DIR (Spark
groups small files into few partitions; --partitions N spreads them over N). The
result of every document is byte-identical to `TOOL ARGUMENTS... FILE` run on its own: text
output is framed by the NUL that -z writes after each document, and records (which -z names
`-#N`) get the document's path as their "doc" field back.

Documents are read with binaryFiles, not wholeTextFiles: wholeTextFiles decodes the bytes as
UTF-8 and would replace invalid sequences, which zhtext reports and keeps. A tool that exits
with a non-zero status fails the Spark task with the tool's message; a document containing NUL
cannot be framed and fails the job rather than being split.
"""

import json
import os
import subprocess
import sys

from pyspark.sql import SparkSession


def run_tool(documents, command, environment):
    """Runs the tool once on a partition's (relative path, bytes) pairs; yields (path, output)."""
    documents = list(documents)
    if not documents:
        return
    for path, data in documents:
        if b"\0" in data:
            raise ValueError(f"{path}: contains a NUL byte, which -z would take for a document end")
    finished = subprocess.run(
        command[:1] + ["-z"] + command[1:],
        input=b"".join(data + b"\0" for _, data in documents),
        capture_output=True,
        env=environment,
    )
    if finished.returncode != 0:
        message = finished.stderr.decode("utf-8", "replace").strip()
        raise RuntimeError(f"{' '.join(command)}: exit status {finished.returncode}: {message}")
    records = "--format=jsonl" in command or any(
        a == "--format" and b == "jsonl" for a, b in zip(command, command[1:]))
    if records:
        results = {number: [] for number in range(1, len(documents) + 1)}
        for line in finished.stdout.splitlines(keepends=True):
            prefix, _, rest = line.partition(b",")
            number = int(prefix.decode("ascii").removeprefix('{"doc":"-#').removesuffix('"'))
            results[number].append(rest)
        for number, (path, _) in enumerate(documents, start=1):
            doc = json.dumps(path, ensure_ascii=False).encode("utf-8")
            yield path, b"".join(b'{"doc":' + doc + b"," + rest for rest in results[number])
        return
    outputs = finished.stdout.split(b"\0")
    if len(outputs) != len(documents) + 1 or outputs[-1] != b"":
        raise RuntimeError(f"{command[0]}: {len(outputs) - 1} outputs for {len(documents)} documents")
    for (path, _), output in zip(documents, outputs):
        yield path, output


def main():
    arguments = sys.argv[1:]
    partitions = None
    if arguments[:1] == ["--partitions"] and len(arguments) > 1:
        partitions = int(arguments[1])
        arguments = arguments[2:]
    if len(arguments) < 4:
        sys.exit(__doc__.split("\n\n")[1])
    bin_dir, input_dir, output_dir, tool = arguments[:4]
    command = [os.path.join(os.path.abspath(bin_dir), tool)] + arguments[4:]
    # The tool's environment is set, not inherited from whatever runs the executors.
    environment = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"}
    root = os.path.abspath(input_dir)
    spark = (
        SparkSession.builder.master("local[*]")
        .appName("zhtext")
        .config("spark.hadoop.mapreduce.input.fileinputformat.input.dir.recursive", "true")  # subfolders too
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    context = spark.sparkContext
    files = context.binaryFiles("file://" + root)
    if partitions:
        files = files.repartition(partitions)
    relative = files.map(lambda item: (os.path.relpath(item[0].removeprefix("file:"), root), item[1]))
    results = relative.mapPartitions(lambda documents: run_tool(documents, command, environment)).collect()
    used = files.getNumPartitions()
    spark.stop()
    if not results:
        sys.exit(f"spark-job: no documents under {input_dir}")
    for path, output in results:
        target = os.path.join(output_dir, path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as file:
            file.write(output)
    print(f"{len(results)} documents in {used} partitions through {tool}: {output_dir}", file=sys.stderr)


if __name__ == "__main__":
    main()
