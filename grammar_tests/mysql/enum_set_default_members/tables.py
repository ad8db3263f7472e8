import enum

from sqlalchemy import Column, Enum, MetaData, Table, text
from sqlalchemy.dialects.mysql import ENUM, INTEGER, SET

metadata = MetaData()


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


t_preference = Table(
    'preference', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('theme', Enum(PreferenceTheme, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'Dark'")),
    Column('size', Enum(PreferenceSize, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'m'")),
    Column('channels', SET('Email', 'sms', 'push'), nullable=False, server_default=text("'Email,push'")),
    Column('days', SET('mon', 'tue', 'wed'), server_default=text("'mon,wed'")),
    Column('quiet', SET('a', 'b'), nullable=False, server_default=text("''")),
    Column('exact', Enum(PreferenceExact, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'a'"))
)
