from sqlalchemy import Column, Table, Text
from sqlmodel import SQLModel

t_log = Table(
    'log', SQLModel.metadata,
    Column('at', Text, nullable=False),
    Column('level', Text),
    Column('message', Text)
)
