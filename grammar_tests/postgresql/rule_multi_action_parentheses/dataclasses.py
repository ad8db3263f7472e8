from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Boards(Base):
    __tablename__ = 'boards'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='boards_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[Optional[str]] = mapped_column(Text)

    board_log: Mapped[list['BoardLog']] = relationship('BoardLog', back_populates='board')


class BoardLog(Base):
    __tablename__ = 'board_log'
    __table_args__ = (
        ForeignKeyConstraint(['board_id'], ['boards.id'], name='board_log_board_fk'),
        PrimaryKeyConstraint('id', name='board_log_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    board_id: Mapped[Optional[int]] = mapped_column(Integer)
    action: Mapped[Optional[str]] = mapped_column(Text)

    board: Mapped[Optional['Boards']] = relationship('Boards', back_populates='board_log')
