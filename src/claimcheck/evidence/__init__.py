"""Evidence that outlives the link: snapshots of cited pages, and proof of the passage.

- `archive`: a saved or fetched page stored content-addressed beside the claim file
  (`evidence/<sha256>.warc.gz`, with its extracted text in `evidence/<sha256>.txt`)
- `proof`: a source's supporting passage found in a snapshot's text, exactly or approximately
- `fetch`: the one way claimcheck reaches the network: http(s) only, bounded in time and size
- `links`: `evidence check`, the live URLs of claim files fetched concurrently and compared

Nothing here is imported by a command that does not work on evidence, and nothing fetches
unless a command says so.
"""
