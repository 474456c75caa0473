"""The office world of the dispatch tests (warehouse GDG with stock, an incident, volunteers on duty)."""

from tests.dispatch.conftest import env  # noqa: F401  (a fixture)
