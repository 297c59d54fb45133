"""`python -m workshop_db`: the workshop-db command line."""

from workshop_db.cli import app

app(prog_name="workshop-db")
