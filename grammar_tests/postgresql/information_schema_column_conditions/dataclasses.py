from typing import Optional
import enum

from sqlalchemy import Boolean, Enum, INTEGER, Integer, PrimaryKeyConstraint, Text, text
from sqlalchemy.dialects.postgresql import ARRAY, DOMAIN
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Shade(str, enum.Enum):
    LIGHT = 'light'
    DARK = 'dark'


class Panels(Base):
    __tablename__ = 'panels'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='panels_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tags: Mapped[list[str]] = mapped_column(ARRAY(Text()), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, server_default=text("'none'::text"))
    visible: Mapped[bool] = mapped_column(Boolean, nullable=False)
    title: Mapped[Optional[str]] = mapped_column(Text)
    tone: Mapped[Optional[Shade]] = mapped_column(Enum(Shade, values_callable=lambda cls: [member.value for member in cls], name='shade'))
    width: Mapped[Optional[int]] = mapped_column(DOMAIN('positive', INTEGER(), constraint_name='positive_check', not_null=False, check=text('VALUE > 0'), create_type=False, schema=None, metadata=MetaData()))
    tag_count: Mapped[Optional[int]] = mapped_column(Integer)
    tone_set: Mapped[Optional[bool]] = mapped_column(Boolean)
    height: Mapped[Optional[int]] = mapped_column(Integer)
    tags_checked: Mapped[Optional[bool]] = mapped_column(Boolean)
