from typing import Optional

from sqlalchemy import String
from sqlalchemy.dialects.mysql import CHAR, INTEGER, LONGTEXT, TEXT, VARCHAR
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Latin(Base):
    __tablename__ = 'latin'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    a: Mapped[Optional[str]] = mapped_column(String(10))
    b: Mapped[Optional[str]] = mapped_column(VARCHAR(10, charset='utf8mb4', collation='utf8mb4_general_ci'))
    c: Mapped[Optional[str]] = mapped_column(TEXT(charset='latin1', collation='latin1_general_ci'))


class Uni(Base):
    __tablename__ = 'uni'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    a: Mapped[Optional[str]] = mapped_column(VARCHAR(10, charset='utf8mb4', collation='utf8mb4_bin'))
    b: Mapped[Optional[str]] = mapped_column(CHAR(3, charset='ascii', collation='ascii_general_ci'))
    c: Mapped[Optional[str]] = mapped_column(CHAR(2, charset='utf8mb3', collation='utf8mb3_general_ci'))
    d: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))
