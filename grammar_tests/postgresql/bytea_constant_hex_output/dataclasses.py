from typing import Optional

from sqlalchemy import CheckConstraint, Integer, LargeBinary, PrimaryKeyConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Packet(Base):
    __tablename__ = 'packet'
    __table_args__ = (
        CheckConstraint("body <> '\\x'::bytea", name='packet_body'),
        PrimaryKeyConstraint('id', name='packet_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    body: Mapped[bytes] = mapped_column(LargeBinary, nullable=False, server_default=text("'\\x'::bytea"))
    head: Mapped[Optional[bytes]] = mapped_column(LargeBinary, server_default=text("'\\x616200'::bytea"))
    tail: Mapped[Optional[bytes]] = mapped_column(LargeBinary, server_default=text("'\\xdead'::bytea"))
