#!/bin/sh
# Makes tests/data/banks/schema-N.storybank and schema-N.export.json with the storybank-cli of
# the version that wrote schema N (see README.md). Run from this folder:
#   ./make-fixture.sh N /path/to/old/storybank-cli
set -eu
n=$1
cli=$2
bank=schema-$n.storybank
rm -f "$bank" "$bank-wal" "$bank-shm" "schema-$n.export.json"
sb() { "$cli" --db "$bank" "$@"; }

sb init # with the starter catalogue: more content to carry over
sb import "schema-$n.input.json"
# Rows the command line adds itself, beside the import.
story=$(sb add story --title 'Said no to a “quick” hack' --method CARL \
    --situation 'Context: a VP asked for a hard-coded discount.
It would have skipped the audit log.' \
    --task 'Keep the release date without the hack.' --action 'I offered a flag behind review.' \
    --result 'Shipped on time; audit passed.' --learning 'Offer a safe yes, not a bare no.' \
    --cue 'hard-coded discount' --cue 'flag + review' --role 'Tech lead' \
    --organization 'Hooli' --when '2018' --status ready --tag 'Ethics 🧭' --tag 'C++' \
    --category Ethics --category 'Crisis Management 🔥')
question=$(sb add question --text 'Tell me about a time you pushed back on a manager.' \
    --kind behavioral --variant 'When did you say no to your boss?' --variant "Désaccord avec ton N+1 ?" \
    --notes 'Keep it respectful.' --category Conflict --category Ethics)
sb link "$story" "$question" --fit strong --angle 'The flag was the compromise — say so.'
sb add category --name 'Added Later' --description 'made by “add category”' --colour '#3a7bd5'
sb add tag --name 'כלי' --colour '#00aa00'
# Schema 2 keeps the story coach's dismissed findings; its command line can dismiss one.
if [ "$n" -ge 2 ]; then
    sb coach "$story" --dismiss no-numbers-in-result
fi
# Schema 3's command line logs practice itself, with its next practice scheduled.
if [ "$n" -ge 3 ]; then
    sb practice log "story:$story" --rating good --seconds 95
fi
sb check
sb export --format json -o "schema-$n.export.json"
ls -l "$bank"*
