from typing import Optional
import datetime

from sqlalchemy import BigInteger, Column, DateTime, Integer, PrimaryKeyConstraint, Sequence, Text
from sqlmodel import Field, SQLModel

class Device(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='device_pkey1'),
    )

    id: int = Field(sa_column=Column('id', Integer, Sequence('device_id_seq1'), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', Text, nullable=False))


class DeviceBackup(SQLModel, table=True):
    __tablename__ = 'device_backup'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='device_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, Sequence('device_id_seq'), primary_key=True, autoincrement=True))
    name: Optional[str] = Field(default=None, sa_column=Column('name', Text))


class Event(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='event_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    seq: int = Field(sa_column=Column('seq', BigInteger, nullable=False))


class Session(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='session_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    token: Optional[str] = Field(default=None, sa_column=Column('token', Text))
    expires: Optional[datetime.datetime] = Field(default=None, sa_column=Column('expires', DateTime(True)))
