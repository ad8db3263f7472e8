from typing import Optional
import enum

from sqlalchemy import Enum, text
from sqlalchemy.dialects.mysql import ENUM, INTEGER, SET
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


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


class Preference(Base):
    __tablename__ = 'preference'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    theme: Mapped[PreferenceTheme] = mapped_column(Enum(PreferenceTheme, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'Dark'"))
    channels: Mapped[str] = mapped_column(SET('Email', 'sms', 'push'), nullable=False, server_default=text("'Email,push'"))
    quiet: Mapped[str] = mapped_column(SET('a', 'b'), nullable=False, server_default=text("''"))
    size: Mapped[Optional[PreferenceSize]] = mapped_column(Enum(PreferenceSize, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'m'"))
    days: Mapped[Optional[str]] = mapped_column(SET('mon', 'tue', 'wed'), server_default=text("'mon,wed'"))
    exact: Mapped[Optional[PreferenceExact]] = mapped_column(Enum(PreferenceExact, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'a'"))
