from typing import Optional
import datetime

from sqlalchemy import BigInteger, DateTime, Integer, PrimaryKeyConstraint, Sequence, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Device(Base):
    __tablename__ = 'device'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='device_pkey1'),
    )

    id: Mapped[int] = mapped_column(Integer, Sequence('device_id_seq1'), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)


class DeviceBackup(Base):
    __tablename__ = 'device_backup'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='device_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, Sequence('device_id_seq'), primary_key=True, autoincrement=True)
    name: Mapped[Optional[str]] = mapped_column(Text)


class Event(Base):
    __tablename__ = 'event'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='event_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False)


class Session(Base):
    __tablename__ = 'session'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='session_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    token: Mapped[Optional[str]] = mapped_column(Text)
    expires: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime(True))
