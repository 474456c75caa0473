"""Alembic environment: runs on the connection handed over by tagana_app.migrate.

The migration scripts spell out every table themselves; ``target_metadata`` (the models imported so
far) only matters to autogenerate, which needs every models module imported first, as
tests/core/test_migrations.py does when it compares the models with the migrated database.
"""

from __future__ import annotations

from alembic import context

from tagana_app.models import Base

config = context.config


def run_migrations_online() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
