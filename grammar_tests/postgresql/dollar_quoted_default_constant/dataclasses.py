from typing import Optional

from sqlalchemy import Integer, PrimaryKeyConstraint, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Notes(Base):
    __tablename__ = 'notes'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='notes_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a: Mapped[Optional[str]] = mapped_column(Text, server_default=text("'plain'::text"))
    b: Mapped[Optional[str]] = mapped_column(Text, server_default=text("'it''s; here'::text"))
    c: Mapped[Optional[str]] = mapped_column(String(20), server_default=text("'x'::character varying"))
