from typing import Optional

from sqlalchemy import Integer, LargeBinary, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Kv(Base):
    __tablename__ = 'kv'

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[Optional[bytes]] = mapped_column(LargeBinary)


class S(Base):
    __tablename__ = 's'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    v: Mapped[Optional[str]] = mapped_column(Text)
