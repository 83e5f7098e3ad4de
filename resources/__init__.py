"""mpdesk's data files (catalogue, fonts, translations, countries, sample), installed as the
package ``mpdesk.resources`` and read with importlib.resources (see mpdesk/paths.py)."""
