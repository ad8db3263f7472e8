from typing import Optional

from sqlalchemy import Column, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, SQLModel

class Notes(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='notes_pkey'),
        {'comment': 'Notes with \'quotes\', "double quotes", a backslash \\ and\n'
                'a newline'}
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    body: str = Field(sa_column=Column('body', Text, nullable=False, comment='The text; may contain %s and {braces}'))
    class_: Optional[str] = Field(default=None, sa_column=Column('class', Text, comment='Python keyword as column'))
