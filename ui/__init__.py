"""The desktop window (Qt only). The composition root is ui/app.py.

Adding a page for a section: write ``ui/pages/<name>.py`` with a QWidget class taking the
``AppContext`` (``ctx.db``, ``ctx.actor``, ``ctx.local``, ``ctx.changes``), and give its section in
``ui/sections.py`` a function that imports and returns that class. Then:
- run service calls with ``ui.ops.read(...)`` / ``ui.ops.write(ctx, self, service, ...)`` (the service
  declares what it changes with ``@changes(...)`` from ``tagana_app.changes``)
  (``progress="..."`` for long work: the service gets ``progress=``); never keep a Session;
- refresh when ``ctx.changes.changed`` carries an area you show (``changes.touches("stock")``), and
  give the page a ``refresh()`` that the window calls when the section is shown again;
- show or enable controls by asking the domain's capabilities (``tagana_app.permissions``,
  ``inventory.permissions``, ``deployment.permissions``, ``deployment.dispatch.lifecycle``): ``ui``
  never names a role;
- show messages and pick files only through ``ui.dialogs`` (tests replace them);
- small dialogs can subclass ``ui.form_dialog.FormDialog`` (inline error line, stays open on refusal);
- user-facing text through ``self.tr("...")`` in Indonesian; then run pyside6-lupdate (see README).
Tests in tests/ui get ``ctx``/``make_ctx`` fixtures and every message box recorded in
``no_modal_dialogs``.
"""
