from typing import Optional

from sqlalchemy import Computed, Integer, PrimaryKeyConstraint, Text
from sqlalchemy.dialects.postgresql import TSVECTOR
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Notes(Base):
    __tablename__ = 'notes'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='notes_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    heading: Mapped[Optional[str]] = mapped_column(Text)
    content: Mapped[Optional[str]] = mapped_column(Text)
    ranked: Mapped[Optional[object]] = mapped_column(TSVECTOR, Computed('(setweight(to_tsvector(\'english\'::regconfig, COALESCE(heading, \'\'::text)), \'A\'::"char") || setweight(to_tsvector(\'english\'::regconfig, COALESCE(content, \'\'::text)), \'C\'::"char"))', persisted=True))
    bare: Mapped[Optional[object]] = mapped_column(TSVECTOR, Computed("strip(to_tsvector('simple'::regconfig, heading))", persisted=True))
