from typing import Optional

from sqlalchemy import String, Text
from sqlalchemy.dialects.mysql import INTEGER, MEDIUMTEXT, TEXT, VARCHAR
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class T1(Base):
    __tablename__ = 't1'
    __table_args__ = {'mysql_collate': 'utf8mb4_unicode_ci',
     'mysql_default charset': 'utf8mb4',
     'mysql_engine': 'InnoDB'}

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    a: Mapped[Optional[str]] = mapped_column(String(20))
    b: Mapped[Optional[str]] = mapped_column(MEDIUMTEXT)
    c: Mapped[Optional[str]] = mapped_column(Text)
    d: Mapped[Optional[str]] = mapped_column(String(10))


class T2(Base):
    __tablename__ = 't2'
    __table_args__ = {'mysql_collate': 'latin1_swedish_ci',
     'mysql_default charset': 'latin1',
     'mysql_engine': 'InnoDB'}

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    a: Mapped[Optional[str]] = mapped_column(VARCHAR(20, charset='utf8mb4', collation='utf8mb4_general_ci'))
    b: Mapped[Optional[str]] = mapped_column(TEXT(charset='utf8mb4', collation='utf8mb4_general_ci'))
    c: Mapped[Optional[str]] = mapped_column(String(5))


class T3(Base):
    __tablename__ = 't3'
    __table_args__ = {'comment': 'new comment',
     'mysql_collate': 'utf8mb4_bin',
     'mysql_comment': 'new comment',
     'mysql_default charset': 'utf8mb4',
     'mysql_engine': 'InnoDB'}

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    a: Mapped[Optional[str]] = mapped_column(VARCHAR(20, charset='utf8mb4', collation='utf8mb4_general_ci'))
    b: Mapped[Optional[str]] = mapped_column(String(5))


class T4(Base):
    __tablename__ = 't4'
    __table_args__ = {'mysql_collate': 'utf8mb4_general_ci',
     'mysql_default charset': 'utf8mb4',
     'mysql_engine': 'InnoDB'}

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    a: Mapped[Optional[str]] = mapped_column(String(20))
