from typing import Optional

from sqlalchemy import text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class AfterIt(Base):
    __tablename__ = 'after_it'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)


class DeepCheck(Base):
    __tablename__ = 'deep_check'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    a: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    b: Mapped[Optional[int]] = mapped_column(INTEGER(11), server_default=text('(1 + 2)'))
