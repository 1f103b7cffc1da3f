"""The full-screen review on Textual. Only `claimcheck review` imports `tui.app`; the action
table in `tui.actions` imports no Textual, so the help, the README test and the desk
configuration read it cheaply."""
