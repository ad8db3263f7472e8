from typing import Optional
import datetime

from sqlalchemy import Column, Computed, LargeBinary, String, TIMESTAMP, Table, Text, text
from sqlalchemy.dialects.mysql import INTEGER, VARCHAR
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

class Base(DeclarativeBase):
    pass


class CopyOfZi(Base):
    __tablename__ = 'copy_of_zi'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    f: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    h: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False)
    d: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    e: Mapped[Optional[str]] = mapped_column(VARCHAR(5, charset='latin1', collation='latin1_swedish_ci'))
    g: Mapped[Optional[int]] = mapped_column(INTEGER(11), Computed('(`d` + 1)', persisted=False))
    z: Mapped[Optional[int]] = mapped_column(INTEGER(11), server_default=text('7'), comment='seen')
    k: Mapped[Optional[str]] = mapped_column(String(9))
    t: Mapped[Optional[str]] = mapped_column(Text)
    b: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


t_vzi = Table(
    'vzi', Base.metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('d', INTEGER(11)),
    Column('f', INTEGER(11), server_default=text("'4'")),
    Column('k', String(9)),
    Column('t', Text)
)


class Zi(Base):
    __tablename__ = 'zi'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    f: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    h: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False)
    d: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    e: Mapped[Optional[str]] = mapped_column(VARCHAR(5, charset='latin1', collation='latin1_swedish_ci'))
    g: Mapped[Optional[int]] = mapped_column(INTEGER(11), Computed('(`d` + 1)', persisted=False))
    z: Mapped[Optional[int]] = mapped_column(INTEGER(11), server_default=text('7'), comment='seen')
    k: Mapped[Optional[str]] = mapped_column(String(9))
    t: Mapped[Optional[str]] = mapped_column(Text)
    b: Mapped[Optional[bytes]] = mapped_column(LargeBinary)
