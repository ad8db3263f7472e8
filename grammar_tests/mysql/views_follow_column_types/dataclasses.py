from typing import Optional
import datetime

from sqlalchemy import Column, Date, String, Table, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_every_parcel = Table(
    'every_parcel', Base.metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('label', String(120)),
    Column('weight', BIGINT(20), server_default=text("'1'")),
    Column('sent', Date, server_default=text("'2024-01-01'"))
)


t_parcel_labels = Table(
    'parcel_labels', Base.metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('tag', String(120)),
    Column('weight', BIGINT(20), server_default=text("'1'"))
)


class Parcels(Base):
    __tablename__ = 'parcels'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    weight: Mapped[int] = mapped_column(BIGINT(20), nullable=False, server_default=text('1'))
    fragile: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('0'))
    label: Mapped[Optional[str]] = mapped_column(String(120))
    sent: Mapped[Optional[datetime.date]] = mapped_column(Date, server_default=text("'2024-01-01'"))
