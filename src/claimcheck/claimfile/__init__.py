"""Claim files on disk, one concern per module.

- `yaml_dialect`: the safe YAML subset claim files are written in, and its dump
- `locate`: a validation error's place in the file (line and field)
- `codec`: bytes to records and back (parse, dump), the article text beside the file
- `atomic`: atomic writes, the lock, what a file looked like when read (Stamp)
- `journal`: the review journal (append, read; the torn-line rule)
- `transact`: load, save, update and fold under the lock

Nothing here knows what a decision does to a claim: `store` supplies that rule.
"""
