#!/usr/bin/env sh
# Re-extract every translatable string of mpdesk and recompile the translations.
#   tools/update_translations.sh            # all languages in resources/translations/
#   tools/update_translations.sh fr de      # only these languages (new ones are created)
# Edit the .ts files with Qt Linguist (pyside6-linguist), then run this again to rebuild the .qm.
set -eu
cd "$(dirname "$0")/.."
dir=resources/translations
if [ "$#" -eq 0 ]; then
    set --
    for ts in "$dir"/mpdesk_*.ts; do
        [ -e "$ts" ] || continue
        lang=${ts#"$dir"/mpdesk_}
        set -- "$@" "${lang%.ts}"
    done
fi
[ "$#" -gt 0 ] || { echo "no language given and no $dir/mpdesk_*.ts found" >&2; exit 1; }
for lang in "$@"; do
    python tools/extract_strings.py "$dir/mpdesk_$lang.ts"
    pyside6-lrelease "$dir/mpdesk_$lang.ts" -qm "$dir/mpdesk_$lang.qm"
done
