from typing import Optional

from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Dir(Base):
    __tablename__ = 'dir\\'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)


class Next(Base):
    __tablename__ = 'next'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    x_: Mapped[Optional[int]] = mapped_column('x\\', INTEGER(11))
