from typing import Optional
import datetime

from sqlalchemy import Column, Date, String, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, TINYINT
from sqlmodel import Field, SQLModel

class Parcels(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    weight: int = Field(sa_column=Column('weight', BIGINT(20), nullable=False, server_default=text('1')))
    fragile: int = Field(sa_column=Column('fragile', TINYINT(1), nullable=False, server_default=text('0')))
    label: Optional[str] = Field(default=None, sa_column=Column('label', String(120)))
    sent: Optional[datetime.date] = Field(default=None, sa_column=Column('sent', Date, server_default=text("'2024-01-01'")))
