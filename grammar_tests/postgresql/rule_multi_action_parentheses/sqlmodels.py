from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, Relationship, SQLModel

class Boards(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='boards_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    title: Optional[str] = Field(default=None, sa_column=Column('title', Text))

    board_log: list['BoardLog'] = Relationship(back_populates='board')


class BoardLog(SQLModel, table=True):
    __tablename__ = 'board_log'
    __table_args__ = (
        ForeignKeyConstraint(['board_id'], ['boards.id'], name='board_log_board_fk'),
        PrimaryKeyConstraint('id', name='board_log_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    board_id: Optional[int] = Field(default=None, sa_column=Column('board_id', Integer))
    action: Optional[str] = Field(default=None, sa_column=Column('action', Text))

    board: Optional['Boards'] = Relationship(back_populates='board_log')
