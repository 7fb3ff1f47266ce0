#!/bin/sh
# Instructions per call of writing and reading 1402/11/06 with each pattern of
# the `text` bench, and two more with names, in each digit set, under
# callgrind (exact and repeatable, unlike times on a shared machine). Needs
# valgrind. Run from benches/peers.
set -e
cargo build --release --example textprof -q
bin=target/release/examples/textprof
count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$@" 2>&1 |
        sed -n 's/.*refs: *\([0-9,]*\).*/\1/p' | tr -d ,
}
for mode in write read; do
    for pattern in '%Y/%m/%d' '%F' '%d/%m/%Y' '%Y%m%d' '%y/%m/%d' '%-d/%-m/%Y' '%Y/%m/%d %A' \
        '%d %B %Y' '%A %d %B %Y'; do
        line="$mode $pattern:"
        for digits in latin persian arabic; do
            a=$(count "$mode" "$pattern" "$digits" 20000)
            b=$(count "$mode" "$pattern" "$digits" 40000)
            line="$line $(((b - a) / 20000))"
        done
        echo "$line"
    done
done
