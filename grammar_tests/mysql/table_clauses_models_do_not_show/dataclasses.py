from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Index, LargeBinary, String, Text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class ByHash(Base):
    __tablename__ = 'by_hash'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    v: Mapped[Optional[str]] = mapped_column(String(10))


class ByRange(Base):
    __tablename__ = 'by_range'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    y: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)


class History(Base):
    __tablename__ = 'history'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    v: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    note: Mapped[Optional[str]] = mapped_column(Text)
    tag: Mapped[Optional[str]] = mapped_column(String(20))

    refers: Mapped[list['Refers']] = relationship('Refers', back_populates='history')


class Zipped(Base):
    __tablename__ = 'zipped'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    body: Mapped[Optional[bytes]] = mapped_column(LargeBinary)
    title: Mapped[Optional[str]] = mapped_column(String(100))


class Refers(Base):
    __tablename__ = 'refers'
    __table_args__ = (
        ForeignKeyConstraint(['history_id'], ['history.id'], name='refers_ibfk_1'),
        Index('history_id', 'history_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    history_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    history: Mapped[Optional['History']] = relationship('History', back_populates='refers')
