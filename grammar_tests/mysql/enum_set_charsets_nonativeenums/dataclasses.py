from typing import Optional

from sqlalchemy import text
from sqlalchemy.dialects.mysql import ENUM, INTEGER, SET
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class S(Base):
    __tablename__ = 's'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    c: Mapped[str] = mapped_column(ENUM('m', 'n'), nullable=False)
    a: Mapped[Optional[str]] = mapped_column(SET('x', 'y'))
    b: Mapped[Optional[str]] = mapped_column(SET('p', 'q'), server_default=text("'p'"))
