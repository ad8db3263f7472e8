from typing import Optional

from sqlalchemy import Boolean, Integer, LargeBinary, PrimaryKeyConstraint, text
from sqlalchemy.dialects.postgresql import BIT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column
import sqlalchemy.dialects.postgresql.bitstring

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Flags(Base):
    __tablename__ = 'flags'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='flags_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text('true'))
    deleted: Mapped[Optional[bool]] = mapped_column(Boolean, server_default=text('false'))
    archived: Mapped[Optional[bool]] = mapped_column(Boolean)
    mask: Mapped[Optional[sqlalchemy.dialects.postgresql.bitstring.BitString]] = mapped_column(BIT(8), server_default=text('\'00000000\'::"bit"'))
    single: Mapped[Optional[sqlalchemy.dialects.postgresql.bitstring.BitString]] = mapped_column(BIT(1))
    varmask: Mapped[Optional[sqlalchemy.dialects.postgresql.bitstring.BitString]] = mapped_column(BIT(16, True))
    anybits: Mapped[Optional[sqlalchemy.dialects.postgresql.bitstring.BitString]] = mapped_column(BIT(varying=True))
    blob: Mapped[Optional[bytes]] = mapped_column(LargeBinary)
    thumb: Mapped[Optional[bytes]] = mapped_column(LargeBinary, server_default=text("'\\x00'::bytea"))
