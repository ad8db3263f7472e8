from typing import Optional
import enum

from sqlalchemy import CheckConstraint, Enum, Index, Integer, PrimaryKeyConstraint, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class RegistrationMode(str, enum.Enum):
    CLOSED = 'Closed'
    REQUIREAPPLICATION = 'RequireApplication'
    OPEN = 'Open'


class Site(Base):
    __tablename__ = 'site'
    __table_args__ = (
        CheckConstraint("fallback <> 'Open'::registration_mode", name='site_fallback_check'),
        PrimaryKeyConstraint('id', name='site_pkey'),
        Index('site_open_idx', 'id', postgresql_where="(mode = 'Open'::registration_mode)")
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mode: Mapped[RegistrationMode] = mapped_column(Enum(RegistrationMode, values_callable=lambda cls: [member.value for member in cls], name='registration_mode'), nullable=False, server_default=text("'RequireApplication'::registration_mode"))
    fallback: Mapped[Optional[RegistrationMode]] = mapped_column(Enum(RegistrationMode, values_callable=lambda cls: [member.value for member in cls], name='registration_mode'), server_default=text("'Closed'::registration_mode"))
    note: Mapped[Optional[str]] = mapped_column(Text, server_default=text("'closed'::text"))
