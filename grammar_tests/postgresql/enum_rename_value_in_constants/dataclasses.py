from typing import Optional
import enum

from sqlalchemy import ARRAY, CheckConstraint, Enum, Index, Integer, PrimaryKeyConstraint, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Mode(str, enum.Enum):
    CLOSED = 'Closed'
    REQUIREAPPLICATION = 'RequireApplication'
    OPEN_NOW = 'Open Now'


class Site(Base):
    __tablename__ = 'site'
    __table_args__ = (
        CheckConstraint("mode <> 'Closed'::mode", name='site_mode_check'),
        PrimaryKeyConstraint('id', name='site_pkey'),
        Index('site_open', 'id', postgresql_where="(mode = 'Open Now'::mode)")
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mode: Mapped[Mode] = mapped_column(Enum(Mode, values_callable=lambda cls: [member.value for member in cls], name='mode'), nullable=False, server_default=text("'RequireApplication'::mode"))
    modes: Mapped[Optional[list[Mode]]] = mapped_column(ARRAY(Enum(Mode, values_callable=lambda cls: [member.value for member in cls], name='mode')), server_default=text('\'{"Open Now",Closed}\'::mode[]'))
