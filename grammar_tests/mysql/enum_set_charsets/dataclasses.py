from typing import Optional
import enum

from sqlalchemy import Enum, text
from sqlalchemy.dialects.mysql import ENUM, INTEGER, SET
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class SC(str, enum.Enum):
    M = 'm'
    N = 'n'


class S(Base):
    __tablename__ = 's'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    c: Mapped[SC] = mapped_column(Enum(SC, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
    a: Mapped[Optional[str]] = mapped_column(SET('x', 'y'))
    b: Mapped[Optional[str]] = mapped_column(SET('p', 'q'), server_default=text("'p'"))
