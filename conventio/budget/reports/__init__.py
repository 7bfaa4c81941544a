"""Reports on budget execution: the end-of-term execution report the délégataire owes the délégant.

`execution.build_report` gathers the figures (a plain data object, no Django model
leaks out of it); `pdf.render_pdf` and `xlsx.render_xlsx` turn that object into a
document ready to send. The renderers never compute money: every figure is in the
data object, and every total there comes from the ledger service.
"""
