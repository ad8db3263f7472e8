from typing import Optional

from sqlalchemy import CheckConstraint, Integer, LargeBinary, PrimaryKeyConstraint, String
from sqlalchemy.dialects.postgresql import BIT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column
import sqlalchemy.dialects.postgresql.bitstring

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Chunk(Base):
    __tablename__ = 'chunk'
    __table_args__ = (
        CheckConstraint('length((mask::bit varying || \'1\'::"bit"::bit varying)::"bit") = 5', name='chunk_mask'),
        CheckConstraint("length(head || '\\x00'::bytea) > 1", name='chunk_marked'),
        CheckConstraint("length(label::text || 'x'::text) > 1", name='chunk_label'),
        CheckConstraint('octet_length(head || tail) < 100', name='chunk_joined'),
        PrimaryKeyConstraint('id', name='chunk_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    head: Mapped[Optional[bytes]] = mapped_column(LargeBinary)
    tail: Mapped[Optional[bytes]] = mapped_column(LargeBinary)
    mask: Mapped[Optional[sqlalchemy.dialects.postgresql.bitstring.BitString]] = mapped_column(BIT(4))
    label: Mapped[Optional[str]] = mapped_column(String(10))
