from typing import Optional

from sqlalchemy.dialects.mysql import CHAR, INTEGER, TEXT, VARCHAR
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class B(Base):
    __tablename__ = 'b'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    b: Mapped[str] = mapped_column(VARCHAR(20, charset='utf8mb4', collation='utf8mb4_bin'), nullable=False)
    a: Mapped[Optional[str]] = mapped_column(CHAR(10, charset='utf8mb4', collation='utf8mb4_bin'))
    c: Mapped[Optional[str]] = mapped_column(TEXT(charset='utf8mb4', collation='utf8mb4_bin'))
    d: Mapped[Optional[str]] = mapped_column(VARCHAR(5, charset='latin1', collation='latin1_bin'))


class B2(Base):
    __tablename__ = 'b2'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    a: Mapped[Optional[str]] = mapped_column(VARCHAR(10, charset='latin1', collation='latin1_bin'))


class N(Base):
    __tablename__ = 'n'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    a: Mapped[Optional[str]] = mapped_column(VARCHAR(10, charset='utf8mb3', collation='utf8mb3_general_ci'))
    b: Mapped[Optional[str]] = mapped_column(CHAR(5, charset='utf8mb3', collation='utf8mb3_general_ci'))
    c: Mapped[Optional[str]] = mapped_column(VARCHAR(7, charset='utf8mb3', collation='utf8mb3_general_ci'))
    d: Mapped[Optional[str]] = mapped_column(CHAR(3, charset='utf8mb3', collation='utf8mb3_general_ci'))
    e: Mapped[Optional[str]] = mapped_column(VARCHAR(9, charset='utf8mb3', collation='utf8mb3_general_ci'))
    f: Mapped[Optional[str]] = mapped_column(CHAR(1, charset='utf8mb3', collation='utf8mb3_general_ci'))
    g: Mapped[Optional[str]] = mapped_column(VARCHAR(4, charset='utf8mb3', collation='utf8mb3_bin'))
    h: Mapped[Optional[str]] = mapped_column(VARCHAR(6, charset='utf8mb3', collation='utf8mb3_general_ci'))
