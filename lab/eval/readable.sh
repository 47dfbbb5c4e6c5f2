#!/bin/bash
# lab/eval/readable.sh TAG : the error files of TAG in $PM that may be read (dev sets but the five unseen ones)
PM=${PM:-/tmp/pm}
for f in "$PM/$1"-dev*.txt; do case $f in *-dev17.txt|*-dev18.txt|*-dev21.txt|*-dev22.txt|*-dev23.txt) ;; *) echo "$f";; esac; done
