from typing import Optional
import decimal

from sqlalchemy import Column, DECIMAL, String, Table
from sqlalchemy.dialects.mysql import BIGINT, INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class OldRacks(Base):
    __tablename__ = 'old_racks'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    height: Mapped[Optional[int]] = mapped_column(INTEGER(11))


t_rack_heights = Table(
    'rack_heights', Base.metadata,
    Column('id', BIGINT(20)),
    Column('height', DECIMAL(5, 1))
)


class Racks(Base):
    __tablename__ = 'racks'

    id: Mapped[int] = mapped_column(BIGINT(20), primary_key=True)
    height: Mapped[Optional[decimal.Decimal]] = mapped_column(DECIMAL(5, 1))


class Shelves(Base):
    __tablename__ = 'shelves'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    shelf_code: Mapped[Optional[str]] = mapped_column(String(10))
