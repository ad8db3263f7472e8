from typing import Optional
import enum

from sqlalchemy import Column, Enum, text
from sqlalchemy.dialects.mysql import ENUM, INTEGER, SET
from sqlmodel import Field, SQLModel

class PreferenceExact(str, enum.Enum):
    A = 'A'
    A = 'a'


class PreferenceSize(str, enum.Enum):
    S = 's'
    M = 'm'
    L = 'l'


class PreferenceTheme(str, enum.Enum):
    LIGHT = 'Light'
    DARK = 'Dark'
    SYSTEM = 'System'


class Preference(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    theme: PreferenceTheme = Field(sa_column=Column('theme', Enum(PreferenceTheme, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'Dark'")))
    channels: str = Field(sa_column=Column('channels', SET('Email', 'sms', 'push'), nullable=False, server_default=text("'Email,push'")))
    quiet: str = Field(sa_column=Column('quiet', SET('a', 'b'), nullable=False, server_default=text("''")))
    size: Optional[PreferenceSize] = Field(default=None, sa_column=Column('size', Enum(PreferenceSize, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'m'")))
    days: Optional[str] = Field(default=None, sa_column=Column('days', SET('mon', 'tue', 'wed'), server_default=text("'mon,wed'")))
    exact: Optional[PreferenceExact] = Field(default=None, sa_column=Column('exact', Enum(PreferenceExact, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'a'")))
