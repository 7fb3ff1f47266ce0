#!/bin/sh
# The batch figures of the README: a million lines through `shamsi convert`
# (Jalali ISO dates, and the same days as people write them), against GNU
# `date -f` on the same days in Gregorian ISO, and `shamsi extract` on 4 MB
# of Persian prose (the reference data's news sentences, repeated). Medians
# of three runs. Needs python3 and GNU date; run from the repository's root.
set -e
cargo build --release -q -p shamsi-cli
shamsi=target/release/shamsi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$dir" <<'EOF'
import datetime, json, sys
d = sys.argv[1]
start = datetime.date(1950, 1, 1)
days = [(start + datetime.timedelta(days=(i * 7919) % 36500)).isoformat() for i in range(1_000_000)]
open(f"{d}/gregorian.txt", "w").write("\n".join(days) + "\n")
texts = [json.loads(l)["text"] for l in open("tests/data/extract_examples.jsonl")]
one = "\n".join(texts) + "\n"
prose = one * (4_000_000 // len(one.encode()) + 1)
open(f"{d}/prose.txt", "w").write(prose)
EOF
"$shamsi" convert --to jalali < "$dir/gregorian.txt" > "$dir/jalali.txt"
"$shamsi" convert --to jalali --format '%-d %B %Y' --locale fa < "$dir/gregorian.txt" > "$dir/written.txt"
median() { sort -n | sed -n 2p; }
# Wall-clock seconds to the millisecond (GNU time prints hundredths).
seconds() {
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    echo "scale=3; ($end - $start) / 1000000000" | bc
}
run3() { for _ in 1 2 3; do seconds "$@"; done | median; }
date_f=$(run3 date -f "$dir/gregorian.txt" +%F)
iso=$(run3 sh -c "$shamsi convert --to gregorian < $dir/jalali.txt")
written=$(run3 sh -c "$shamsi convert --to gregorian < $dir/written.txt")
extract=$(run3 sh -c "$shamsi extract < $dir/prose.txt")
bytes=$(wc -c < "$dir/prose.txt")
echo "date -f, 1,000,000 Gregorian ISO lines: $date_f s"
echo "convert, Jalali ISO lines (1402-11-06): $iso s, $(echo "$iso / $date_f" | bc -l | cut -c1-5)x date -f"
echo "convert, written dates (۱۲ بهمن ۱۴۰۲): $written s, $(echo "$written / $date_f" | bc -l | cut -c1-5)x date -f"
echo "extract, $bytes bytes of prose: $extract s, $(echo "$bytes / $extract / 1000000" | bc -l | cut -c1-5) MB/s"
